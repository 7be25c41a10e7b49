// One sleep for the whole toolkit: @litmos-kit/core's, which an abort interrupts at once and
// which waits past the longest delay a timer can hold instead of firing early.
export { sleep } from '@litmos-kit/core/internal';
