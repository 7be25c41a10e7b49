import { isRecord } from '@litmos-kit/core/internal';
import type { ListUserAchievementsData } from '@litmos-kit/xbox-client';
import { zListUserAchievementsPath, zListUserAchievementsQuery } from '@litmos-kit/xbox-client/zod';

type WireQuery = NonNullable<ListUserAchievementsData['query']>;

/** Parameters of `xbox.users.achievements.list`. */
export interface UserAchievementsParams {
  /**
   * The Xbox User ID of the signed-in user, in decimal: a string (or a bigint), since a 64-bit
   * XUID does not always fit a JavaScript number.
   */
  readonly xuid: string | bigint;
  /** Only achievements of these titles (decimal title IDs); sent as one comma-separated value. */
  readonly titleId?: readonly (string | number)[];
  /** Only the achievements the user has unlocked. */
  readonly unlockedOnly?: boolean;
  /** Every achievement that can be earned, definitions only, without unlock details. */
  readonly possibleOnly?: boolean;
  /** Only achievements of this type. */
  readonly types?: WireQuery['types'];
  /** Sort order of the results. */
  readonly orderBy?: WireQuery['orderBy'];
  /** Rows to skip before the first page; later pages continue from the continuation token. */
  readonly skipItems?: number;
  /** Most rows per page; the service may send fewer while more pages follow. */
  readonly maxItems?: number;
}

/** The request parts of a listing, under the generated client's names. @internal */
export interface UserAchievementsRequest {
  readonly path: ListUserAchievementsData['path'];
  /** The query of every page, without the paging position (`skipItems`, `continuationToken`). */
  readonly query: WireQuery;
  /** `skipItems` of the first page. */
  readonly skipItems: number | undefined;
}

const METHOD = 'users.achievements.list';
const QUERY_PARAMS = new Set(['titleId', 'unlockedOnly', 'possibleOnly', 'types', 'orderBy', 'skipItems', 'maxItems']);

/**
 * Turns the SDK's parameters into the generated client's path and query, checked against the
 * spec's generated zod schemas, so that a bad parameter fails at the call rather than as a 400.
 * `continuationToken` is not a parameter: the pager sets it, and a checkpoint resumes from one.
 * @throws {TypeError} naming the first missing, unknown or invalid parameter.
 * @internal
 */
export function toUserAchievementsRequest(params: UserAchievementsParams): UserAchievementsRequest {
  if (!isRecord(params)) throw new TypeError(`${METHOD}: expected parameters to be an object with \`xuid\``);
  const query: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || name === 'xuid') continue;
    if (!QUERY_PARAMS.has(name)) throw new TypeError(`${METHOD}: unknown parameter \`${name}\``);
    // Title IDs are 32-bit, so numbers are safe; the wire form is decimal text either way.
    query[name] = name === 'titleId' && Array.isArray(value) ? value.map((id) => (typeof id === 'number' ? String(id) : id)) : value;
  }
  const xuid = typeof params.xuid === 'bigint' ? params.xuid.toString() : params.xuid;
  if (typeof xuid !== 'string') throw new TypeError(`${METHOD}: expected \`xuid\` to be a decimal string or a bigint`);
  const path = zListUserAchievementsPath.safeParse({ xuid });
  if (!path.success) throw new TypeError(`${METHOD}: invalid \`xuid\` ${JSON.stringify(xuid)}: expected 1 to 20 decimal digits`);
  const checked = zListUserAchievementsQuery.safeParse(query);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = (issue?.path ?? []).map(String).join('.');
    throw new TypeError(`${METHOD}: invalid \`${where}\`: ${issue?.message ?? 'does not match the spec'}`);
  }
  const { skipItems, ...rest } = query;
  return { path: { xuid }, query: rest as WireQuery, skipItems: skipItems as number | undefined };
}
