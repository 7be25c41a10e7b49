curl -sS -X POST 'https://api.litmos.com/v1.svc/bulkimports?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<UserImports>
  <UserImport>
    <Username>chloe.martin@northwind.example</Username>
    <Email>chloe.martin@northwind.example</Email>
    <FirstName>Chloe</FirstName>
    <LastName>Martin</LastName>
    <Password></Password>
    <Phone>+15555550233</Phone>
    <Mobile></Mobile>
    <Skype></Skype>
    <Title>Contract Technician</Title>
    <CompanyName>Northwind Learning</CompanyName>
    <WebSite></WebSite>
    <Twitter></Twitter>
    <Team1>404487-FieldOps</Team1>
    <Team2></Team2>
    <Team3></Team3>
    <Team4></Team4>
    <Team5></Team5>
    <Course1>590874-SAFE101</Course1>
    <Course2></Course2>
    <Course3></Course3>
    <Address1>12 Harbour Road</Address1>
    <Address2></Address2>
    <City>Bristol</City>
    <State></State>
    <Zip>BS1 5AA</Zip>
    <Country>United Kingdom</Country>
    <CustomField1>Field Operations</CustomField1>
    <CustomField2></CustomField2>
    <CustomField3></CustomField3>
    <CustomField4></CustomField4>
    <CustomField5></CustomField5>
    <CustomField6></CustomField6>
    <CustomField7></CustomField7>
    <CustomField8></CustomField8>
    <CustomField9></CustomField9>
    <CustomField10></CustomField10>
    <SalesforceId></SalesforceId>
    <SalesforceContactId></SalesforceContactId>
    <SalesforceAccountId></SalesforceAccountId>
    <Active>true</Active>
    <InActiveDate>2027-03-31</InActiveDate>
    <AccessLevel>L</AccessLevel>
    <Brand></Brand>
    <Culture>en-GB</Culture>
    <Manager>ben.okafor@northwind.example</Manager>
    <UserCustomField1></UserCustomField1>
    <UserCustomField2></UserCustomField2>
    <UserCustomField3></UserCustomField3>
    <UserCustomField4></UserCustomField4>
    <UserCustomField5></UserCustomField5>
    <UserCustomField6></UserCustomField6>
    <UserCustomField7></UserCustomField7>
    <UserCustomField8></UserCustomField8>
    <UserCustomField9></UserCustomField9>
    <UserCustomField10></UserCustomField10>
    <UserCustomField11></UserCustomField11>
    <UserCustomField12></UserCustomField12>
    <UserCustomField13></UserCustomField13>
    <UserCustomField14></UserCustomField14>
    <UserCustomField15></UserCustomField15>
    <UserCustomField16></UserCustomField16>
    <UserCustomField17></UserCustomField17>
    <UserCustomField18></UserCustomField18>
    <UserCustomField19></UserCustomField19>
    <UserCustomField20></UserCustomField20>
    <UserCustomField21></UserCustomField21>
    <UserCustomField22></UserCustomField22>
    <UserCustomField23></UserCustomField23>
    <UserCustomField24></UserCustomField24>
    <UserCustomField25></UserCustomField25>
    <JobRole>Technician</JobRole>
    <ExternalEmployeeId>NW-0233</ExternalEmployeeId>
  </UserImport>
  <UserImport>
    <Username>ana.souza@northwind.example</Username>
    <FirstName>Ana</FirstName>
    <LastName>Souza</LastName>
    <Title>Senior Field Technician</Title>
    <Course2>590875-PRIV201</Course2>
    <AccessLevel>L</AccessLevel>
  </UserImport>
</UserImports>
XML
