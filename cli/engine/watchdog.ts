/**
 * Preloaded (`node -r`) into each policy pack process: when icp-guard dies, even by SIGKILL, the
 * pipe on the pack's stdin closes and the pack exits. The pack never reads stdin, and the handle
 * is unreferenced so it does not keep a pack alive that would otherwise exit.
 */
const stdin = process.stdin;
stdin.on("end", () => process.exit(0));
stdin.on("error", () => process.exit(0));
stdin.resume();
(stdin as unknown as { unref?: () => void }).unref?.();

export {};
