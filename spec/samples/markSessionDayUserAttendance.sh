curl -sS -X POST 'https://api.litmos.com/v1.svc/courses/Cs2dFg6HkL9m1/modules/Md3qWe6RtY8u1/sessiondays/Sd3aZx7CvB2n1/users/Qm3vXb7LpT2k1/attended/true?source=acme-hr-sync' \
  -H "apikey: $LITMOS_API_KEY"
