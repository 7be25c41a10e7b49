curl -sS -X POST 'https://api.litmos.com/v1.svc/users?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<User>
  <Id/>
  <UserName>chloe.martin@northwind.example</UserName>
  <FirstName>Chloe</FirstName>
  <LastName>Martin</LastName>
  <Email>chloe.martin@northwind.example</Email>
  <AccessLevel>Learner</AccessLevel>
  <DisableMessages>false</DisableMessages>
  <Active>true</Active>
  <IsCustomUsername>false</IsCustomUsername>
  <SkipFirstLogin>true</SkipFirstLogin>
  <TimeZone>GMT Standard Time</TimeZone>
  <CompanyName>Northwind Learning</CompanyName>
  <JobTitle>Field Technician</JobTitle>
  <CustomField1>Field Operations</CustomField1>
  <Culture>en-GB</Culture>
  <ManagerId>Rx8wNc4HjZ5p1</ManagerId>
  <ExternalEmployeeId>NW-0233</ExternalEmployeeId>
</User>
XML
