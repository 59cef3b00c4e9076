/** Reference pages without any consent tool. */
import { pageHtml, plainTags, taggedTags } from '../trackers.mjs';

/** The gated markup left inert (tagged, no tool): what a consent tool's added main-thread time is measured over. */
export const noTool = {
  id: 'no-tool',
  html: () =>
    pageHtml({
      title: 'no tool',
      trackers: taggedTags(),
    }),
};

/** Every tracker as a plain script: what a returning visitor's page is compared with. */
export const ungated = {
  id: 'ungated',
  html: () => pageHtml({ title: 'ungated', trackers: plainTags() }),
};
