curl -sS -X PUT 'https://api.litmos.com/v1.svc/users/Qm3vXb7LpT2k1?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<User xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
  <Id>Qm3vXb7LpT2k1</Id>
  <UserName>ana.souza@northwind.example</UserName>
  <FirstName>Ana</FirstName>
  <LastName>Souza</LastName>
  <Email>ana.souza@northwind.example</Email>
  <AccessLevel>Learner</AccessLevel>
  <DisableMessages>false</DisableMessages>
  <Active>true</Active>
  <Skype i:nil="true"/>
  <PhoneWork>+15555550231</PhoneWork>
  <PhoneMobile i:nil="true"/>
  <IsCustomUsername>false</IsCustomUsername>
  <SkipFirstLogin>false</SkipFirstLogin>
  <TimeZone>GMT Standard Time</TimeZone>
  <Street1>12 Harbour Road</Street1>
  <Street2/>
  <City>Bristol</City>
  <State i:nil="true"/>
  <PostalCode>BS1 5AA</PostalCode>
  <Country>United Kingdom</Country>
  <CompanyName>Northwind Learning</CompanyName>
  <JobTitle>Senior Field Technician</JobTitle>
  <CustomField1>Field Operations</CustomField1>
  <CustomField2/>
  <CustomField3 i:nil="true"/>
  <Culture>en-GB</Culture>
  <CustomField4 i:nil="true"/>
  <CustomField5 i:nil="true"/>
  <CustomField6 i:nil="true"/>
  <CustomField7 i:nil="true"/>
  <CustomField8 i:nil="true"/>
  <CustomField9 i:nil="true"/>
  <CustomField10 i:nil="true"/>
  <Brand>Default</Brand>
  <ManagerId>Rx8wNc4HjZ5p1</ManagerId>
  <ManagerName>Ben Okafor</ManagerName>
  <EnableTextNotification>false</EnableTextNotification>
  <Website i:nil="true"/>
  <Twitter i:nil="true"/>
  <ExpirationDate i:nil="true"/>
  <JobRole i:nil="true"/>
  <ExternalEmployeeId>NW-0231</ExternalEmployeeId>
</User>
XML
