import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.users.create({
  body: {
    Id: "",
    UserName: "chloe.martin@northwind.example",
    FirstName: "Chloe",
    LastName: "Martin",
    Email: "chloe.martin@northwind.example",
    AccessLevel: "Learner",
    DisableMessages: false,
    Active: true,
    IsCustomUsername: false,
    SkipFirstLogin: true,
    TimeZone: "GMT Standard Time",
    CompanyName: "Northwind Learning",
    JobTitle: "Field Technician",
    CustomField1: "Field Operations",
    Culture: "en-GB",
    ManagerId: "Rx8wNc4HjZ5p1",
    ExternalEmployeeId: "NW-0233"
  }
});
console.log(result);
