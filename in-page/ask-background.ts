// The one way code in a court page asks the background, in both browsers alike. The background
// answers through the webextension-polyfill, which in Chrome turns a failed answer into an ordinary
// reply carrying an error envelope; here that envelope, a lost or missing answer and a slow one
// all reject, so a failure is never read as an answer.
import type { GuideRequest } from '../utils/messages';
import { pageApi } from './page-api';

/** How long an answer may take before the asker treats the background as out of reach. */
const ANSWER_TIMEOUT_MS = 5000;

const REJECTED = '__mozWebExtensionPolyfillReject__';

export async function askBackground(request: GuideRequest, timeoutMs = ANSWER_TIMEOUT_MS): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the background did not answer in time')), timeoutMs);
  });
  try {
    // Throws at once in a copy the extension left behind (reloaded or updated): nothing to ask.
    const answer: unknown = await Promise.race([pageApi.runtime.sendMessage(request), late]);
    if (answer && typeof answer === 'object' && REJECTED in answer)
      throw new Error(String((answer as { message?: unknown }).message ?? 'the background failed'));
    return answer;
  } finally {
    clearTimeout(timer);
  }
}
