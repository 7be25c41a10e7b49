import { sharedConfig } from '../../vitest.shared.js';

// Every test file starts its own sandboxes on port 0; files may run in parallel. The shared
// limits are set for a loaded machine.
export default sharedConfig();
