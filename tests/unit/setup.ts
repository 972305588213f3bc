// npm test runs the unit tests beside the typecheck and the build checks on two cores: waits for
// the UI to settle get five seconds, not testing-library's one.
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 5000 });
