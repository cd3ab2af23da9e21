// An OpenID provider on loopback for the portal's sign-in tests: oidc-provider with its development login form,
// one static confidential client and a `cvr` claim. The login name is the account: "<cvr>:<anything>" signs in a
// user of the company with that CVR number. Prints the issuer on the first line of stdout once it listens.
// For the API's bearer tokens it also issues JWT access tokens by client credentials to the clients in API_CLIENTS,
// for the resource (audience) the token request names, with the client's `cvr` and `role` as claims.
//   REDIRECT_URI              the portal's callback (required)
//   POST_LOGOUT_REDIRECT_URI  where end-session returns to (optional)
//   API_CLIENTS               JSON [{ "client_id", "client_secret", "cvr", "role" }] (optional)
//   JWKS                      the signing keys as a private JWK set (optional; else oidc-provider's development key),
//                             so a test can sign tokens the portal must accept or reject for one reason only
import http from 'node:http';
import Provider from 'oidc-provider';

const redirectUri = process.env.REDIRECT_URI;
if (!redirectUri) {
  console.error('REDIRECT_URI is required');
  process.exit(2);
}

const apiClients = JSON.parse(process.env.API_CLIENTS || '[]');

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'dbs-portal',
    client_secret: 'dbs-portal-test-secret',
    redirect_uris: [redirectUri],
    post_logout_redirect_uris: process.env.POST_LOGOUT_REDIRECT_URI ? [process.env.POST_LOGOUT_REDIRECT_URI] : [],
    response_types: ['code'],
    grant_types: ['authorization_code'],
  }, ...apiClients.map((client) => ({
    client_id: client.client_id,
    client_secret: client.client_secret,
    redirect_uris: [],
    response_types: [],
    grant_types: ['client_credentials'],
  }))],
  claims: { openid: ['sub'], profile: ['name', 'cvr'] },
  // The portal reads the claims from the id_token, as the production broker sends them.
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  ...(process.env.JWKS ? { jwks: JSON.parse(process.env.JWKS) } : {}),
  features: {
    devInteractions: { enabled: true },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      // Any resource a client names becomes the token's audience: the API must refuse tokens meant for another.
      getResourceServerInfo: (ctx, resource) => ({
        scope: 'graphql',
        audience: resource,
        accessTokenFormat: 'jwt',
        accessTokenTTL: 300,
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  async extraTokenClaims(ctx, token) {
    const client = apiClients.find((c) => c.client_id === token.clientId);
    return client ? { cvr: client.cvr, role: client.role } : undefined;
  },
  async findAccount(ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, name: `Testbruger ${id}`, cvr: id.split(':')[0] };
      },
    };
  },
});
provider.proxy = false;

server.on('request', provider.callback());
process.stdout.write(`${issuer}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
