/**
 * The CLI's last line of defence for everything that reaches stderr: the SDK already scrubs its
 * errors and logs, and the CLI runs its own output through the same rule (@litmos-kit/core's
 * `redactSecrets`: any letter case, URL- and JSON-encoded, GUIDs with or without hyphens, long
 * pieces of long keys, short keys only as whole tokens), so the two can never disagree.
 */
export { redactSecrets } from '@litmos-kit/core/internal';
