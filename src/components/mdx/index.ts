// The components every guide can use without importing them. Guide pages pass this map to <Content>.
// An unknown component name in a guide fails the build (MDX: "Expected component … to be defined").
import Steps from './Steps.astro';
import PlatformTabs from './PlatformTabs.astro';
import Tab from './Tab.astro';
import Aside from './Aside.astro';
import SettingPath from './SettingPath.astro';
import Illustration from '../media/Illustration.astro';
import Screenshot from '../media/Screenshot.astro';
import Checklist from '../Checklist.astro';
import Cite from './Cite.astro';

export const mdxComponents = { Steps, PlatformTabs, Tab, Aside, SettingPath, Illustration, Screenshot, Checklist, Cite };

// <Fact> and <FactSheet> (./Fact.astro, ./FactSheet.astro) can be used in every guide too, but are not
// in this map: src/lib/markdown/facts.mjs imports them into the guides that use them, so their styles
// load only on those pages (a map entry would add them to every guide page's byte budget).
