curl -sS -X POST 'https://api.litmos.com/v1.svc/users/Qm3vXb7LpT2k1/usercustomfields?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<ArrayOfparameter>
  <parameter>
    <fieldname>Department</fieldname>
    <Value>Field Service</Value>
  </parameter>
  <parameter>
    <fieldname>Shift pattern</fieldname>
    <Value>Early</Value>
  </parameter>
</ArrayOfparameter>
XML
