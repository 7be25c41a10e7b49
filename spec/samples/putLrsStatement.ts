import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({
  apiKey: process.env.LITMOS_API_KEY ?? '',
  source: 'acme-hr-sync',
  lrs: { companyDomain: 'northwind', dbInstance: 'db1', username: process.env.LRS_USERNAME ?? '', password: process.env.LRS_PASSWORD ?? '' },
});

const result = await litmos.lrs.statements.put({
  statementId: "6f1c2e3a-8b4d-4e5f-9a6b-7c8d9e0f1a21",
  body: {
    id: "6f1c2e3a-8b4d-4e5f-9a6b-7c8d9e0f1a21",
    actor: {
      objectType: "Agent",
      name: "Ana Souza",
      mbox: "mailto:ana.souza@northwind.example"
    },
    verb: {
      id: "http://adlnet.gov/expapi/verbs/completed",
      display: {
        "en-GB": "completed"
      }
    },
    object: {
      objectType: "Activity",
      id: "https://northwind.example/xapi/activities/forklift-simulator",
      definition: {
        name: {
          "en-GB": "Forklift Simulator"
        },
        description: {
          "en-GB": "A virtual-reality drill: load, move and stack three pallets without a collision."
        },
        type: "http://adlnet.gov/expapi/activities/simulation"
      }
    },
    result: {
      score: {
        scaled: 0.92,
        raw: 92,
        min: 0,
        max: 100
      },
      success: true,
      completion: true,
      duration: "PT18M30S"
    },
    context: {
      registration: "3b7e9c14-2d5a-4f6b-8c9d-0e1f2a3b4c51",
      platform: "Northwind VR Lab",
      language: "en-GB",
      contextActivities: {
        parent: [
          {
            objectType: "Activity",
            id: "https://northwind.litmos.com/course/590874"
          }
        ]
      }
    },
    timestamp: "2026-11-02T10:15:00.000Z"
  }
});
console.log(result);
