curl -sS -X POST 'https://api.litmos.com/v1.svc/bulkimports/courses?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<CourseImports>
  <CourseImport>
    <CourseTitle>Forklift Safety</CourseTitle>
    <Description>Safe operation of forklifts &amp; pallet trucks in the warehouse.</Description>
    <CourseCode>SAFE102</CourseCode>
    <Active>true</Active>
    <ContentLibrary>false</ContentLibrary>
    <Notifications>owner@northwind.example</Notifications>
    <ModuleOrder>true</ModuleOrder>
    <CourseInactivationDate></CourseInactivationDate>
    <CourseAccessExpirationDate></CourseAccessExpirationDate>
    <CourseAccessExpirationDateSpan>90</CourseAccessExpirationDateSpan>
    <DueDate></DueDate>
    <DueDateSpan>30</DueDateSpan>
    <ComplianceDateSpan>12</ComplianceDateSpan>
    <ComplianceRetake>true</ComplianceRetake>
    <Topic1>Safety</Topic1>
    <Topic2></Topic2>
    <Topic3></Topic3>
    <Social>false</Social>
    <DiscussionForum>false</DiscussionForum>
    <CoursePrerequisite1>590874-SAFE101</CoursePrerequisite1>
    <CoursePrerequisite2></CoursePrerequisite2>
    <CoursePrerequisite3></CoursePrerequisite3>
    <LearningPathPrerequisite1></LearningPathPrerequisite1>
    <LearningPathPrerequisite2></LearningPathPrerequisite2>
    <LearningPathPrerequisite3></LearningPathPrerequisite3>
    <Language>en-GB</Language>
    <Tags>safety,warehouse</Tags>
    <AdvCourseCustomField1></AdvCourseCustomField1>
    <AdvCourseCustomField2></AdvCourseCustomField2>
    <AdvCourseCustomField3></AdvCourseCustomField3>
    <AdvCourseCustomField4></AdvCourseCustomField4>
    <AdvCourseCustomField5></AdvCourseCustomField5>
    <AdvCourseCustomField6></AdvCourseCustomField6>
    <AdvCourseCustomField7></AdvCourseCustomField7>
    <AdvCourseCustomField8></AdvCourseCustomField8>
    <AdvCourseCustomField9></AdvCourseCustomField9>
    <AdvCourseCustomField10></AdvCourseCustomField10>
    <ReferenceCode>NW-SAFE102</ReferenceCode>
  </CourseImport>
</CourseImports>
XML
