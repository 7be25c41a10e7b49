curl -sS -X PUT 'https://api.litmos.com/v1.svc/tokens?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY" \
  -H 'Content-Type: application/xml' --data-binary @- <<'XML'
<Tokens>
  <Token>
    <TokenId>Tk3hJk6LmN8b1</TokenId>
    <TokenCode>SAFE101-2026</TokenCode>
    <TokenType>1</TokenType>
    <TokenTypeId>Cs2dFg6HkL9m1</TokenTypeId>
    <Active>true</Active>
    <MaximumActivations>300</MaximumActivations>
    <TokenExpiration>2026-12-31 23:59:59</TokenExpiration>
  </Token>
  <Token>
    <TokenId>Tk7gFd2SaQ4z1</TokenId>
    <TokenCode>FIELDOPS-JOIN</TokenCode>
    <TokenType>2</TokenType>
    <TokenTypeId>Tm6zXc9VbN4m1</TokenTypeId>
    <Active>false</Active>
    <MaximumActivations>50</MaximumActivations>
    <TokenExpiration>2027-03-31 00:00:00</TokenExpiration>
  </Token>
</Tokens>
XML
