/** Reference pages without any consent tool. */
import { pageHtml, plainTags, TRACKERS } from '../trackers.mjs';

/** The gated markup left inert (tagged, no tool): what a consent tool's added main-thread time is measured over. */
export const noTool = {
  id: 'no-tool',
  html: () =>
    pageHtml({
      title: 'no tool',
      trackers: TRACKERS.map((t) =>
        t.src
          ? `<script type="text/plain" data-consent="${t.purpose}" src="${t.src}"></script>`
          : `<script type="text/plain" data-consent="${t.purpose}">${t.code}</script>`,
      ).join('\n'),
    }),
};

/** Every tracker as a plain script: what a returning visitor's page is compared with. */
export const ungated = {
  id: 'ungated',
  html: () => pageHtml({ title: 'ungated', trackers: plainTags() }),
};
