// Build-time switches read by the extension's code (set in the environment of `wxt build`).
interface ImportMetaEnv {
  /** "1" in the test build without the confirm-page recogniser (docs/safety.md): the guard must hold without it. */
  readonly VITE_NO_CONFIRM_RECOGNIZER?: string;
}
