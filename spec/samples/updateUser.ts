import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.users.update({
  userId: "Qm3vXb7LpT2k1",
  body: {
    Id: "Qm3vXb7LpT2k1",
    UserName: "ana.souza@northwind.example",
    FirstName: "Ana",
    LastName: "Souza",
    Email: "ana.souza@northwind.example",
    AccessLevel: "Learner",
    DisableMessages: false,
    Active: true,
    Skype: null,
    PhoneWork: "+15555550231",
    PhoneMobile: null,
    IsCustomUsername: false,
    SkipFirstLogin: false,
    TimeZone: "GMT Standard Time",
    Street1: "12 Harbour Road",
    Street2: "",
    City: "Bristol",
    State: null,
    PostalCode: "BS1 5AA",
    Country: "United Kingdom",
    CompanyName: "Northwind Learning",
    JobTitle: "Senior Field Technician",
    CustomField1: "Field Operations",
    CustomField2: "",
    CustomField3: null,
    Culture: "en-GB",
    CustomField4: null,
    CustomField5: null,
    CustomField6: null,
    CustomField7: null,
    CustomField8: null,
    CustomField9: null,
    CustomField10: null,
    Brand: "Default",
    ManagerId: "Rx8wNc4HjZ5p1",
    ManagerName: "Ben Okafor",
    EnableTextNotification: false,
    Website: null,
    Twitter: null,
    ExpirationDate: null,
    JobRole: null,
    ExternalEmployeeId: "NW-0231"
  }
});
console.log(result);
