// The Meta AI drawings. Facts and labels come only from the Meta AI section of the source
// registry (content/sources/*.yaml: the quotes of the sources in each drawing's follows.ids); captions and callout names live
// in src/illustrations/meta-ai/index.ts.
import { avatar, bar, phoneListStep, phoneRow } from './primitives.mjs';

export const drawings = {};

// Meta AI app: profile > App settings > Data & privacy > Manage your information > "Make all
// your prompts visible to only you" (MA3). Screen titles and the other rows are not described.
drawings['mobile-prompts-private'] = () =>
  phoneRow(4, (p, i) => {
    const short = (w) => ({ barW: w });
    if (i === 0) {
      // your profile: picture and name at the top, App settings below
      const cx = p.cx + p.cw / 2;
      const head = avatar(cx, p.cy + 40, 26) + bar(cx - 40, p.cy + 80, 80);
      return head + phoneListStep(p, 1, { top: 96, rows: [short(70), { label: 'App Settings' }, short(80), short(60)] }, 1);
    }
    if (i === 1) return phoneListStep(p, 2, { rows: [short(80), short(60), { label: ['Data &', 'Privacy'] }, short(76), short(64)] }, 2);
    if (i === 2) return phoneListStep(p, 3, { rows: [short(70), { label: ['Manage Your', 'Information'] }, short(80), short(60)] }, 1);
    return phoneListStep(
      p,
      4,
      { rows: [short(76), { label: ['Make all', 'your prompts', 'visible to', 'only you'], control: 'none' }, short(64)] },
      1,
    );
  });
