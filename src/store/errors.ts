/** Errors the store raises that a caller (HTTP layer, CLI) shows to a user: Chinese first, then English. */

/** A save or status change based on a version that is no longer the stored one. Nothing was written. */
export class VersionConflictError extends Error {
  override name = 'VersionConflictError';
  constructor(
    /** The version now stored; null when the record no longer exists. */
    readonly currentVersion: number | null,
    /** The version the caller based its change on. */
    readonly expectedVersion: number,
  ) {
    super(
      currentVersion === null
        ? '数据已被他人删除，请刷新后再保存 / the record was deleted by someone else; reload before saving'
        : `数据已被他人修改（当前版本 ${currentVersion}），请刷新后再保存 / ` +
            `the record was changed by someone else (current version ${currentVersion}); reload before saving`,
    );
  }
}

/** A database failure while writing; the transaction was rolled back, so nothing was written. */
export class StoreWriteError extends Error {
  override name = 'StoreWriteError';
  constructor(whatZh: string, whatEn: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`${whatZh}失败，未写入任何数据：${reason} / ${whatEn} failed, nothing was written: ${reason}`, { cause });
  }
}

/** Stored data that does not fit the model (edited by hand, or a newer schema). */
export class StoreDataError extends Error {
  override name = 'StoreDataError';
}
