curl -sS -X PUT 'https://api.litmos.com/v1.svc/modules/Md3qWe6RtY8u1?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Module>
  <Name>Fire Extinguisher Drill</Name>
  <Description>Pick the right extinguisher for each kind of fire, in an interactive drill (2027 edition).</Description>
  <ModuleType>9</ModuleType>
  <Active>true</Active>
  <Code>FIRE-DRILL</Code>
  <HideDescription>false</HideDescription>
  <NewWindow>true</NewWindow>
  <ReviewMode>true</ReviewMode>
  <ContentURL>https://files.northwind.example/elearning/fire-drill.zip?v=2&amp;download=1</ContentURL>
</Module>
XML
