/**
 * What icp-guard says about the policy packs it runs, in English and Simplified Chinese: what a
 * pack wrote to stderr, and a pack that did not start, crashed, timed out or failed a call.
 */

const ofUrns = (urns: readonly string[]) => (urns.length === 0 ? "" : ` of ${urns.join(", ")}`);
const ofUrnsZh = (urns: readonly string[]) => (urns.length === 0 ? "" : `（${urns.join("、")}）`);

export interface PackText {
  packWroteStderr(pack: string, stack: string): string;
  registryStoppedPack: string;
  packStderrHeading: string;
  /** The first line of a pack failure: `policy pack "<dir>" <what>`. */
  packFailed(dir: string, what: string): string;
  packNoPort(ms: number): string;
  packStartFailed(why: string): string;
  packExitedEarly(exit: string | undefined): string;
  packCrashed(exit: string, step: string, of: string[]): string;
  packTimedOut(step: string, of: string[], ms: number): string;
  packCallFailed(step: string, of: string[], why: string): string;
}

export const en: PackText = {
  packWroteStderr: (pack, stack) => `policy pack ${pack} (stack ${stack}) wrote to stderr:`,
  registryStoppedPack: "the ICP registry could not be loaded (its stderr):",
  packStderrHeading: "its stderr:",
  packFailed: (dir, what) => `policy pack "${dir}" ${what}`,
  packNoPort: (ms) => `did not print its port within ${ms} ms`,
  packStartFailed: (why) => `failed to start: ${why}`,
  packExitedEarly: (exit) => `exited (${exit}) before printing its port`,
  packCrashed: (exit, step, of) => `crashed (${exit}) during ${step}${ofUrns(of)}`,
  packTimedOut: (step, of, ms) => `did not answer ${step}${ofUrns(of)} within ${ms} ms`,
  packCallFailed: (step, of, why) => `failed in ${step}${ofUrns(of)}: ${why}`,
};

export const zh: PackText = {
  packWroteStderr: (pack, stack) => `策略包 ${pack}（栈 ${stack}）向 stderr 输出：`,
  registryStoppedPack: "无法加载 ICP 备案登记文件（策略包的 stderr）：",
  packStderrHeading: "其 stderr 输出：",
  packFailed: (dir, what) => `策略包 "${dir}" ${what}`,
  packNoPort: (ms) => `未在 ${ms} 毫秒内输出端口`,
  packStartFailed: (why) => `启动失败：${why}`,
  packExitedEarly: (exit) => `在输出端口之前退出（${exit}）`,
  packCrashed: (exit, step, of) => `在 ${step}${ofUrnsZh(of)} 期间崩溃（${exit}）`,
  packTimedOut: (step, of, ms) => `未在 ${ms} 毫秒内应答 ${step}${ofUrnsZh(of)}`,
  packCallFailed: (step, of, why) => `${step}${ofUrnsZh(of)} 失败：${why}`,
};
