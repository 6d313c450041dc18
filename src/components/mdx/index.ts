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
import Fact from './Fact.astro';
import FactSheet from './FactSheet.astro';

export const mdxComponents = { Steps, PlatformTabs, Tab, Aside, SettingPath, Illustration, Screenshot, Checklist, Fact, FactSheet };
