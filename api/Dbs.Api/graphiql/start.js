// Starts GraphiQL on the page /graphql serves to browsers. Kept out of the page because the Content-Security-Policy
// allows no inline script. Requests go to the same origin; a portal user's session needs the page's antiforgery token.
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="dbs-antiforgery"]');
  var headers = meta && meta.content ? { RequestVerificationToken: meta.content } : {};
  var fetcher = GraphiQL.createFetcher({ url: window.location.pathname, headers: headers });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true }));
}());
