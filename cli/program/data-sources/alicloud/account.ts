/** The account, its regions, KMS and Resource Manager data sources. */
import { type Builtin, byNameRegex, listResult, OFFLINE_ACCOUNT_ID, text } from "./shared";

export const ACCOUNT = {
  "alicloud:index/getRegions:getRegions": (args, ctx) => {
    const named = text(args.name);
    const ids = named
      ? [named]
      : args.current === true
        ? [ctx.region]
        : [
            ...new Set([
              ctx.region,
              "cn-hangzhou",
              "cn-shanghai",
              "cn-beijing",
              "cn-hongkong",
              "ap-southeast-1",
            ]),
          ];
    const regions = ids.map((id) => ({ id, regionId: id, localName: id }));
    return {
      id: "regions-offline",
      regions,
      ids,
      current: args.current === true,
      name: named ?? ctx.region,
    };
  },
  "alicloud:index/getAccount:getAccount": () => ({ id: OFFLINE_ACCOUNT_ID }),
  "alicloud:index/getCallerIdentity:getCallerIdentity": () => ({
    id: OFFLINE_ACCOUNT_ID,
    accountId: OFFLINE_ACCOUNT_ID,
    arn: `acs:ram::${OFFLINE_ACCOUNT_ID}:root`,
    identityType: "Account",
  }),
  "alicloud:kms/getKeys:getKeys": (_args, ctx) => {
    const items = [{ id: "key-offline" }].map((k) => ({
      ...k,
      keyId: k.id,
      arn: `acs:kms:${ctx.region}:${OFFLINE_ACCOUNT_ID}:key/${k.id}`,
      status: "Enabled",
      keySpec: "Aliyun_AES_256",
      keyUsage: "ENCRYPT/DECRYPT",
      origin: "Aliyun_KMS",
      protectionLevel: "SOFTWARE",
      automaticRotation: "Disabled",
      creator: OFFLINE_ACCOUNT_ID,
      description: "",
      creationDate: "2024-01-01T00:00:00Z",
    }));
    return listResult("keys", items, false);
  },
  "alicloud:kms/getInstances:getInstances": () => {
    const items = [{ id: "kst-offline", instanceId: "kst-offline" }];
    return listResult("instances", items, false);
  },
  "alicloud:resourcemanager/getResourceGroups:getResourceGroups": (args) => {
    const items = byNameRegex([{ id: "rg-offline", name: "default" }], args).map((g) => ({
      ...g,
      resourceGroupName: g.name,
      displayName: "Default resource group",
      accountId: OFFLINE_ACCOUNT_ID,
      status: text(args.status) ?? "OK",
      regionStatuses: [],
    }));
    return listResult("groups", items);
  },
  "alicloud:resourcemanager/getAccounts:getAccounts": (args) => {
    const items = [{ id: OFFLINE_ACCOUNT_ID, name: "offline-account" }].map((a) => ({
      ...a,
      accountId: a.id,
      accountName: a.name,
      displayName: a.name,
      status: text(args.status) ?? "CreateSuccess",
      type: "ResourceAccount",
      folderId: "r-offline",
      resourceDirectoryId: "rd-offline",
      payerAccountId: OFFLINE_ACCOUNT_ID,
      joinMethod: "created",
      joinTime: "2024-01-01T00:00:00Z",
      modifyTime: "2024-01-01T00:00:00Z",
      deletionStatus: "",
      tags: {},
    }));
    return listResult("accounts", items, false);
  },
  "alicloud:resourcemanager/getResourceDirectories:getResourceDirectories": () => ({
    id: "rd-offline",
    directories: [
      {
        id: "rd-offline",
        resourceDirectoryId: "rd-offline",
        masterAccountId: OFFLINE_ACCOUNT_ID,
        masterAccountName: "offline-account",
        rootFolderId: "r-offline",
        status: "Enabled",
      },
    ],
  }),
  "alicloud:resourcemanager/getFolders:getFolders": (args) => {
    const items = byNameRegex([{ id: "fd-offline", name: "offline" }], args).map((f) => ({
      ...f,
      folderId: f.id,
      folderName: f.name,
      parentFolderId: text(args.parentFolderId) ?? "r-offline",
    }));
    return listResult("folders", items);
  },
} satisfies Record<string, Builtin>;
