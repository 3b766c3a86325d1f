/** The actions name version refusals "versions.code" etc.; the forms hold the versions as "code" etc. */
export const versionPath = (serverPath: string): string => serverPath.replace(/^versions\./, "");
