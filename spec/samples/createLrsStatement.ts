import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({
  apiKey: process.env.LITMOS_API_KEY ?? '',
  source: 'acme-hr-sync',
  lrs: { companyDomain: 'northwind', dbInstance: 'db1', username: process.env.LRS_USERNAME ?? '', password: process.env.LRS_PASSWORD ?? '' },
});

const result = await litmos.lrs.statements.create({
  body: {
    actor: {
      objectType: "Agent",
      name: "Ben Okafor",
      mbox: "mailto:ben.okafor@northwind.example"
    },
    verb: {
      id: "http://adlnet.gov/expapi/verbs/attended",
      display: {
        "en-US": "attended"
      }
    },
    object: {
      objectType: "Activity",
      id: "https://northwind.example/xapi/activities/fire-drill-2026-11",
      definition: {
        name: {
          "en-US": "November fire drill"
        },
        description: {
          "en-US": "Evacuation of the Bristol office, led by the site fire wardens."
        },
        type: "http://adlnet.gov/expapi/activities/meeting"
      }
    },
    result: {
      completion: true,
      duration: "PT25M"
    },
    context: {
      platform: "Northwind site app",
      language: "en-US"
    },
    timestamp: "2026-11-04T13:30:00.000Z"
  }
});
console.log(result);
