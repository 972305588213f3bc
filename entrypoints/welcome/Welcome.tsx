import { browser } from 'wxt/browser';
import { AddCourts } from '@/components/AddCourts';
import { useStored } from '@/components/use-stored';
import { cmecfLogin, courtName, nextToLink } from '@/utils/checklist-view';
import { FOCUS_KEY_NAME } from '@/utils/focus-key';
import { readChecklist } from '@/utils/storage';

const PACER = 'https://pacer.uscourts.gov/';
const MANAGE_MY_ACCOUNT = 'https://pacer.psc.uscourts.gov/';

const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** Where each browser lets the user change an extension's shortcut. */
const SHORTCUT_SETTINGS = import.meta.env.FIREFOX
  ? 'Add-ons and themes → the gear menu → Manage Extension Shortcuts'
  : 'chrome://extensions/shortcuts (edge://extensions/shortcuts in Edge)';

/** The checklist's shortcut as the browser has it now (the user may have changed it), or null when none is set. */
async function checklistShortcut(): Promise<string | null> {
  const commands = await Promise.resolve()
    .then(() => browser.commands.getAll())
    .catch(() => []);
  return commands.find((c) => c.name === '_execute_action' || c.name === '_execute_browser_action')?.shortcut || null;
}

/** Opened once, when the extension is installed: what it does, what you need, your courts, the first step. */
export function Welcome() {
  const list = useStored(readChecklist);
  const courts = list.value?.courts ?? [];
  const first = nextToLink(courts);
  const shortcut = useStored(checklistShortcut);
  return (
    <main>
      <h1>Welcome to CM/ECF Link Guide</h1>
      <ul class="lead">
        <li>Every federal court asks its e-filers to link their old CM/ECF account to their own upgraded PACER account, once per court.</li>
        <li>This guide walks you through it on the court’s own pages: it highlights the next thing to click and says which step you are on.</li>
        <li>It warns you before the one step that cannot be undone, and keeps a checklist of your courts under its toolbar button.</li>
      </ul>

      <section aria-labelledby="before">
        <h2 id="before">Before you start</h2>
        <ol class="prereqs">
          <li>
            <strong>An upgraded individual PACER account</strong>, your own rather than a firm’s shared one. Accounts created before August 11, 2014 must be
            upgraded first, on{' '}
            <a href={PACER} {...external}>
              the PACER website
            </a>
            .
          </li>
          <li>
            <strong>Multi-factor authentication enrolled.</strong> PACER has required it for CM/ECF filers since December 31, 2025: at login it asks for a
            one-time passcode from an authentication app (never sent by text or e-mail). Enroll in{' '}
            <a href={MANAGE_MY_ACCOUNT} {...external}>
              PACER’s Manage My Account
            </a>{' '}
            (the Enroll link beside Multifactor Auth), or when PACER prompts you at login.
          </li>
        </ol>
      </section>

      <section aria-labelledby="courts">
        <h2 id="courts">Add the courts where you e-file</h2>
        <p class="hint">Type a court, a city, a county or a whole state: “Iowa” offers every district and bankruptcy court in Iowa at once.</p>
        <AddCourts />
        {courts.length > 0 && (
          <ul class="added-courts" aria-label="Your courts">
            {courts.map((c) => (
              <li key={c.id}>{courtName(c.id)}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="reach">
        <h2 id="reach">Keep the checklist in reach</h2>
        {import.meta.env.FIREFOX ? (
          <p data-pin>The extension’s button is on the toolbar, with the number of courts still to do on it.</p>
        ) : (
          <p data-pin>
            Pin its button to the toolbar, so the number of courts still to do stays in sight: click the Extensions button (the puzzle piece) at the right of
            the address bar, then the pin beside CM/ECF Link Guide. In Edge: the Extensions button, then the eye beside it (“Show in toolbar”).
          </p>
        )}
        <ul data-keys>
          <li>
            {shortcut.value === undefined ? null : shortcut.value ? <kbd>{shortcut.value}</kbd> : 'A shortcut you choose'} opens the checklist; change it in{' '}
            {SHORTCUT_SETTINGS}.
          </li>
          <li>
            On a court’s page, <kbd>{FOCUS_KEY_NAME}</kbd> moves to the guide’s hint, and <kbd>Esc</kbd> hides it.
          </li>
        </ul>
      </section>

      <p class="privacy">
        <strong>Private by design:</strong> your checklist stays in this browser; the guide never reads your passwords and sends nothing anywhere.
      </p>

      <section aria-labelledby="start">
        <h2 id="start">Start with your first court</h2>
        {first ? (
          <>
            <a class="link-next" href={cmecfLogin(first.id)} {...external}>
              <strong>Open the CM/ECF login</strong>
              <span class="next-court">{courtName(first.id)}</span>
            </a>
            <p>The guide picks up on the court’s pages. Your checklist, with the next court to link, is under the extension’s toolbar button.</p>
          </>
        ) : (
          <p class="hint">
            {courts.length
              ? 'Every court on your list is under way: the toolbar button shows where each one stands.'
              : 'Add a court above; a link to its CM/ECF login appears here.'}
          </p>
        )}
      </section>
    </main>
  );
}
