import { decodeListAchievementsResponse } from '../../client/dist/gen/decoders/list-achievements-response.gen.js';
import { listAchievements as send } from '../../client/dist/gen/sdk.gen.js';
export const resources = {
  achievements: {
    list: {
      id: 'listAchievements',
      httpMethod: 'GET',
      path: '/achievements',
      sdkMethod: 'achievements.list',
      paging: 'offset',
      delta: false,
      itemKey: ['AchievementId'],
      query: [
        { name: 'source', required: true },
        { name: 'since', required: false },
      ],
      pathParams: [],
      successStatus: 200,
      send,
      decode: decodeListAchievementsResponse,
      bodyMediaTypes: [],
      xmlWrappers: [],
      headerParams: [],
      auth: 'apiKey',
    },
  },
};
