/**
 * A failure the server answers with Partner Center's error body, `{ code, description, errorName, data, source }`
 * (https://learn.microsoft.com/partner-center/developer/error-codes). Partner Center's codes are numbers; the ones here
 * are this server's own, with the statuses Partner Center answers.
 */
export class PartnerCenterHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    readonly errorName: string,
    readonly description: string,
  ) {
    super(description)
  }
}

export const badRequest = (description: string) => new PartnerCenterHttpError(400, 600001, 'BadRequest', description)
export const notFound = (description: string) => new PartnerCenterHttpError(404, 600008, 'NotFound', description)
