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
