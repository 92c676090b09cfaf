/**
 * What icp-guard says about a stack export's encrypted secrets (cli/export-secrets.ts), in English
 * and Simplified Chinese: why they could not be opened, and what would open them.
 */
import type { RedactReason } from "../export-secrets";

export interface SecretsText {
  warnSecretsRedacted(file: string, reason: RedactReason): string;
}

function reasonEn(r: RedactReason): string {
  switch (r.kind) {
    case "no-provider":
      return "the export names no secrets provider: export it again with `pulumi stack export --show-secrets`";
    case "provider-offline":
      return `its secrets provider "${r.provider}" cannot be opened offline: export with \`pulumi stack export --show-secrets\``;
    case "bad-salt":
      return "deployment.secrets_providers.state.salt is not a passphrase salt (v1:…): export the stack again";
    case "no-passphrase":
      return "they are encrypted with a passphrase: set PULUMI_CONFIG_PASSPHRASE or PULUMI_CONFIG_PASSPHRASE_FILE";
    case "passphrase-file":
      return `PULUMI_CONFIG_PASSPHRASE_FILE ${JSON.stringify(r.file)} cannot be read (${r.code})`;
    case "wrong-passphrase":
      return "the passphrase given does not open this stack's secrets: check PULUMI_CONFIG_PASSPHRASE or PULUMI_CONFIG_PASSPHRASE_FILE";
    case "bad-value":
      return "a secret value does not decrypt: export the stack again";
  }
}

function reasonZh(r: RedactReason): string {
  switch (r.kind) {
    case "no-provider":
      return "导出文件未指明机密提供方：请用 `pulumi stack export --show-secrets` 重新导出";
    case "provider-offline":
      return `其机密提供方 "${r.provider}" 无法离线解密：请用 \`pulumi stack export --show-secrets\` 导出`;
    case "bad-salt":
      return "deployment.secrets_providers.state.salt 不是口令盐值（v1:…）：请重新导出该栈";
    case "no-passphrase":
      return "机密以口令加密：请设置 PULUMI_CONFIG_PASSPHRASE 或 PULUMI_CONFIG_PASSPHRASE_FILE";
    case "passphrase-file":
      return `无法读取 PULUMI_CONFIG_PASSPHRASE_FILE ${JSON.stringify(r.file)}（${r.code}）`;
    case "wrong-passphrase":
      return "所给口令无法解密该栈的机密：请检查 PULUMI_CONFIG_PASSPHRASE 或 PULUMI_CONFIG_PASSPHRASE_FILE";
    case "bad-value":
      return "有机密值无法解密：请重新导出该栈";
  }
}

export const en: SecretsText = {
  warnSecretsRedacted: (file, reason) =>
    `could not decrypt secrets in ${file} (${reasonEn(reason)}); analyzing with secret values redacted to "[secret]", as pulumi policy analyze does`,
};

export const zh: SecretsText = {
  warnSecretsRedacted: (file, reason) =>
    `无法解密 ${file} 中的机密（${reasonZh(reason)}）；与 pulumi policy analyze 一样，按机密值均为 "[secret]" 进行检查`,
};
