// Xbox-shaped achievements and pages for the paging tests.
import type { Achievement, AchievementsPage } from '../src/index.js';

export const SCID = 'b5dd9daf-0000-0000-0000-000000000000';

/** An unlocked achievement with id `n` of one title. */
export function achievement(n: number): Achievement {
  return {
    id: String(n),
    serviceConfigId: SCID,
    name: `Achievement ${n}`,
    titleAssociations: [{ name: 'Microsoft Achievements Sample', id: 3051199919, version: 'abc' }],
    progressState: 'Achieved',
    progression: { achievementState: 'Achieved', requirements: null, timeUnlocked: '2013-01-17T03:19:00.3087016Z' },
    mediaAssets: [{ name: 'Icon Name', type: 'Icon', url: 'http://www.xbox.com' }],
    platform: 'D',
    isSecret: false,
    description: `Unlocked ${n}`,
    lockedDescription: `Locked ${n}`,
    productId: '12345678-1234-1234-1234-123456789012',
    achievementType: 'Persistent',
    participationType: 'Individual',
    timeWindow: null,
    rewards: [{ name: null, description: null, value: '10', type: 'Gamerscore', valueType: 'Int' }],
    estimatedTime: '00:10:00',
    deeplink: 'aWFtYWRlZXBsaW5r',
    isRevoked: false,
  };
}

/** A page as the service sends it. */
export function achievementsPage(achievements: readonly Achievement[], continuationToken: string | null, totalRecords: number): AchievementsPage {
  return { achievements: [...achievements], pagingInfo: { continuationToken, totalRecords } };
}
