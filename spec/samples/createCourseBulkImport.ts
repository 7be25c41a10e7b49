import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.bulkImports.courses.create({
  body: [
    {
      CourseTitle: "Forklift Safety",
      Description: "Safe operation of forklifts & pallet trucks in the warehouse.",
      CourseCode: "SAFE102",
      Active: true,
      ContentLibrary: false,
      Notifications: "owner@northwind.example",
      ModuleOrder: true,
      CourseInactivationDate: "",
      CourseAccessExpirationDate: "",
      CourseAccessExpirationDateSpan: 90,
      DueDate: "",
      DueDateSpan: 30,
      ComplianceDateSpan: 12,
      ComplianceRetake: true,
      Topic1: "Safety",
      Topic2: "",
      Topic3: "",
      Social: false,
      DiscussionForum: false,
      CoursePrerequisite1: "590874-SAFE101",
      CoursePrerequisite2: "",
      CoursePrerequisite3: "",
      LearningPathPrerequisite1: "",
      LearningPathPrerequisite2: "",
      LearningPathPrerequisite3: "",
      Language: "en-GB",
      Tags: "safety,warehouse",
      AdvCourseCustomField1: "",
      AdvCourseCustomField2: "",
      AdvCourseCustomField3: "",
      AdvCourseCustomField4: "",
      AdvCourseCustomField5: "",
      AdvCourseCustomField6: "",
      AdvCourseCustomField7: "",
      AdvCourseCustomField8: "",
      AdvCourseCustomField9: "",
      AdvCourseCustomField10: "",
      ReferenceCode: "NW-SAFE102"
    }
  ]
});
console.log(result);
