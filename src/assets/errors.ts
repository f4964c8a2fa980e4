/** An action that the current state forbids (closing a closed stocktake, approving one's own stocktake …). */
export class AssetStateError extends Error {
  override name = 'AssetStateError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A card changed since its editor read it (version `expected`, now `current`): nothing was written. */
export function cardVersionConflict(assetNumber: string, expected: number, current: number): AssetStateError {
  return new AssetStateError(
    'version-conflict',
    `资产卡片“${assetNumber}”已被他人修改（您读取的是版本 ${expected}，当前为版本 ${current}），请刷新后再保存 / asset ${assetNumber} was changed by someone else (you read version ${expected}, it is now ${current}); reload it before saving`,
  );
}
