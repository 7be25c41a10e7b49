curl -sS -X POST 'https://api.litmos.com/v1.svc/tokens?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Tokens>
  <Token>
    <TokenCode>NEW-STARTER</TokenCode>
    <TokenType>3</TokenType>
    <TokenTypeId>Lp4sDf7GhJ2k1</TokenTypeId>
    <Active>true</Active>
    <MaximumActivations>100</MaximumActivations>
    <TokenExpiration>2027-06-30 23:59:59</TokenExpiration>
  </Token>
  <Token>
    <TokenCode>FIELDOPS-BUNDLE</TokenCode>
    <TokenType>4</TokenType>
    <TokenTypeId>Ls5rTy8UiO2w1</TokenTypeId>
    <Active>true</Active>
    <MaximumActivations>40</MaximumActivations>
    <TokenExpiration>2026-12-31 00:00:00</TokenExpiration>
  </Token>
</Tokens>
XML
