/**
 * cli/export-secrets.ts: a passphrase stack export's secrets are opened as
 * `pulumi policy analyze --file` opens them (decrypted with the passphrase, else every secret
 * redacted to "[secret]", with the reason). The export is encrypted here as the Pulumi CLI's
 * passphrase secrets manager encrypts (PBKDF2-SHA256, 1,000,000 iterations, AES-256-GCM).
 */
import { createCipheriv, pbkdf2Sync, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { openExportSecrets, REDACTED_PLAINTEXT } from "../../cli/export-secrets";
import { SECRET_SIG, SIG_KEY } from "../../policy-pack/model/sentinels";
import { tempDir } from "./support/cli";

const PASSPHRASE = "correct horse";

function encrypter(passphrase: string) {
  const salt = randomBytes(8);
  const key = pbkdf2Sync(passphrase, salt, 1_000_000, 32, "sha256");
  const encrypt = (plaintext: string) => {
    const nonce = randomBytes(12);
    const c = createCipheriv("aes-256-gcm", key, nonce);
    const sealed = Buffer.concat([c.update(plaintext, "utf8"), c.final(), c.getAuthTag()]);
    return `v1:${nonce.toString("base64")}:${sealed.toString("base64")}`;
  };
  const state = { salt: `v1:${salt.toString("base64")}:${encrypt("pulumi")}` };
  return { encrypt, providers: { type: "passphrase", state } };
}

const { encrypt, providers } = encrypter(PASSPHRASE);
const secret = (value: unknown) => ({
  [SIG_KEY]: SECRET_SIG,
  ciphertext: encrypt(JSON.stringify(value)),
});
const resources = [
  {
    urn: "urn:pulumi:prod::shop::alicloud:cdn/domainNew:DomainNew::site",
    type: "alicloud:cdn/domainNew:DomainNew",
    inputs: { domainName: secret("www.example.cn"), tags: { icp: secret(["a", 1]) } },
  },
];
const deployment = { secrets_providers: providers, resources };
const plaintext = (value: unknown) => ({ [SIG_KEY]: SECRET_SIG, plaintext: JSON.stringify(value) });
const redacted = { [SIG_KEY]: SECRET_SIG, plaintext: REDACTED_PLAINTEXT };

describe("openExportSecrets", () => {
  it("decrypts every secret with the stack's passphrase, keeping it a secret", () => {
    const opened = openExportSecrets(deployment, resources, {
      PULUMI_CONFIG_PASSPHRASE: PASSPHRASE,
    });
    expect(opened.redactedBecause).toBeUndefined();
    expect(opened.resources).toEqual([
      {
        ...resources[0],
        inputs: { domainName: plaintext("www.example.cn"), tags: { icp: plaintext(["a", 1]) } },
      },
    ]);
  });

  it("reads the passphrase from PULUMI_CONFIG_PASSPHRASE_FILE, trimmed", () => {
    const file = path.join(tempDir("icp-guard-pass-"), "pass");
    fs.writeFileSync(file, `${PASSPHRASE}\n`);
    const opened = openExportSecrets(deployment, resources, {
      PULUMI_CONFIG_PASSPHRASE_FILE: file,
    });
    expect(opened.redactedBecause).toBeUndefined();
    expect(opened.resources).not.toEqual(resources);
  });

  const redactedResources = [
    { ...resources[0], inputs: { domainName: redacted, tags: { icp: redacted } } },
  ];

  it("redacts every secret to [secret] without a passphrase, and says what to set", () => {
    const opened = openExportSecrets(deployment, resources, {});
    expect(opened.redactedBecause).toEqual({ kind: "no-passphrase" });
    expect(opened.resources).toEqual(redactedResources);
  });

  it("redacts with a wrong passphrase (the salt's check value does not open)", () => {
    const opened = openExportSecrets(deployment, resources, { PULUMI_CONFIG_PASSPHRASE: "nope" });
    expect(opened.redactedBecause).toEqual({ kind: "wrong-passphrase" });
    expect(opened.resources).toEqual(redactedResources);
  });

  it("redacts everything when one value does not decrypt (the engine fails the whole file)", () => {
    const broken = [
      {
        ...resources[0],
        inputs: { ...resources[0].inputs, other: { [SIG_KEY]: SECRET_SIG, ciphertext: "v1:x:y" } },
      },
    ];
    const opened = openExportSecrets({ secrets_providers: providers }, broken, {
      PULUMI_CONFIG_PASSPHRASE: PASSPHRASE,
    });
    expect(opened.redactedBecause).toEqual({ kind: "bad-value" });
    expect(opened.resources).toEqual([
      {
        ...resources[0],
        inputs: { domainName: redacted, tags: { icp: redacted }, other: redacted },
      },
    ]);
  });

  it("redacts a service or cloud provider's secrets, which cannot be opened offline", () => {
    expect(
      openExportSecrets({ secrets_providers: { type: "service", state: {} } }, resources, {
        PULUMI_CONFIG_PASSPHRASE: PASSPHRASE,
      }).redactedBecause,
    ).toEqual({ kind: "provider-offline", provider: "service" });
    expect(openExportSecrets({}, resources, {}).redactedBecause).toEqual({ kind: "no-provider" });
    expect(
      openExportSecrets(
        { secrets_providers: { type: "passphrase", state: { salt: "v1:abc" } } },
        resources,
        { PULUMI_CONFIG_PASSPHRASE: PASSPHRASE },
      ).redactedBecause,
    ).toEqual({ kind: "bad-salt" });
  });

  it("leaves an export without encrypted secrets as it is", () => {
    const plain = [{ urn: "u", inputs: { a: plaintext("x") } }];
    expect(openExportSecrets({}, plain, {})).toEqual({ resources: plain });
  });
});
