// The example storefront: the shop draws its own product page and cart, and asks Crosswise for the cards around
// them. Plain JavaScript, no build step, no library: what any framework's component would do on mount.
'use strict';

const GRAPHQL = '/graphql';
const EXAMPLE = '/examples/storefront';

// The shop's own catalog, as its product page knows it (Crosswise's cards bring their own card data).
const SHOP_CATALOG = {
  'R-SHOE-TEMPO': { name: 'Pace Tempo running shoe', price: 129, currency: 'EUR', imageUrl: '/images/products/running.svg',
    description: 'A responsive daily trainer for tempo runs and long days.' },
  'W-BLZ-NAVY': { name: 'Navy wool blazer', price: 189, currency: 'EUR', imageUrl: '/images/products/apparel.svg',
    description: 'A single-breasted blazer in navy wool.' },
  'L-STARTER': { name: 'Smart lighting starter kit', price: 99, currency: 'EUR', imageUrl: '/images/products/lighting.svg',
    description: 'A bridge and three bulbs to start a smart-lighting home.' },
};

const ACTION_FIELDS = 'rank headline message product { sku name price currency imageUrl url description }';
const DECIDE = `mutation StorefrontCards($customer: ID!, $request: ID!, $context: DecisionContext, $limit: Int) {
  decide(customerId: $customer, requestId: $request, channel: WEB, context: $context, limit: $limit) {
    id recorded actions { ${ACTION_FIELDS} } } }`;
const RESPOND = `mutation Respond($input: ResponseInput!) { recordResponse(input: $input) { duplicate } }`;
const RECORD_EVENT = `mutation Browse($input: EventInput!) { recordEvent(input: $input) { duplicate } }`;

const params = new URLSearchParams(location.search);
const fragment = new URLSearchParams(location.hash.slice(1));
const state = {
  storefrontKey: fragment.get('key'),     // a configured storefront key: in the fragment, so never sent to a server log
  customer: null,                         // { id, token, expiresAt } once logged in
  visitorId: anonymousSession(),          // the anonymous session's id, until the visitor logs in
  productSku: params.get('product') || 'R-SHOE-TEMPO',
  cart: (params.get('cart') || 'W-BLZ-NAVY').split(',').filter(Boolean),
  pageView: newId(),                      // one per page load: each render of it names its decisions after it
  responded: new Set(),                   // decisionId:sku:type already reported, so a re-render reports nothing twice
};

// An anonymous session id: random, nothing personal, kept for this tab's session (a shop may keep it longer).
function anonymousSession(renew) {
  let id = sessionStorage.getItem('crosswise-visitor');
  if (!id || renew) {
    id = `visitor:${newId()}`;
    sessionStorage.setItem('crosswise-visitor', id);
  }
  return id;
}

function newId() {
  return self.crypto && crypto.randomUUID ? crypto.randomUUID()
    : Date.now().toString(36) + Math.random().toString(36).slice(2);
}

function status(text) {
  document.getElementById('status').textContent = text || '';
}

function toast(text) {
  const element = document.getElementById('toast');
  element.textContent = text;
  element.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { element.hidden = true; }, 4000);
}

function money(amount, currency) {
  return new Intl.NumberFormat(document.documentElement.lang, { style: 'currency', currency: currency || 'EUR' })
    .format(amount);
}

// One GraphQL call with the credential of the moment: the customer token when logged in, else the storefront key.
async function graphql(query, variables, options = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  if (state.customer) {
    headers.Authorization = `Bearer ${await customerToken()}`;
  } else if (state.storefrontKey) {
    headers['X-API-Key'] = state.storefrontKey;
  }
  const answer = await fetch(GRAPHQL, { method: 'POST', headers, body: JSON.stringify({ query, variables }),
    keepalive: options.keepalive === true });
  if (answer.status === 429) {
    throw new Error(`Too many requests; try again in ${answer.headers.get('Retry-After')} s`);
  }
  const body = await answer.json();
  if (body.errors && body.errors.length) {
    throw new Error(body.errors.map(e => e.message).join('; '));
  }
  return body.data;
}

// The demo's stand-in for the shop's backend; a real page gets its token from the shop's own server.
async function customerToken() {
  const customer = state.customer;
  if (!customer.token || Date.parse(customer.expiresAt) - Date.now() < 60_000) {
    // at login the backend also hands the anonymous session to the customer (linkVisitor): what the visitor was
    // shown counts for the customer
    const visitor = customer.fromVisitor ? `&visitor=${encodeURIComponent(customer.fromVisitor)}` : '';
    const answer = await fetch(`${EXAMPLE}/token?customer=${encodeURIComponent(customer.id)}${visitor}`);
    const body = await answer.json();
    if (!answer.ok) {
      throw new Error(body.message);
    }
    customer.token = body.token;
    customer.expiresAt = body.expiresAt;
    customer.fromVisitor = null;
  }
  return customer.token;
}

// Cards for one placement: a recorded decision (decide) for the logged-in customer, or for the anonymous session
// with the storefront key, named after this page view, placement and cart, so drawing the same thing again returns
// the same decision and counts nothing new.
async function decisionFor(placement, context) {
  const who = state.customer ? state.customer.id : state.visitorId;
  const request = `${state.pageView}:${who}:${placement}:${(context.cartSkus || []).join('+')}`;
  return (await graphql(DECIDE, { customer: who, request, context, limit: 4 })).decide;
}

function card(decision, action) {
  const product = action.product;
  const link = document.createElement('a');
  link.className = 'card';
  link.href = product.url || '#';
  link.dataset.sku = product.sku;
  link.dataset.decision = decision.id;
  link.dataset.recorded = String(decision.recorded);
  link.innerHTML = '<img alt=""><p class="headline"></p><p class="name"></p><p class="message"></p><p class="card-price"></p>';
  link.querySelector('img').src = product.imageUrl || '/images/products/product.svg';
  link.querySelector('img').alt = product.name;
  link.querySelector('.headline').textContent = action.headline;
  link.querySelector('.name').textContent = product.name;
  link.querySelector('.message').textContent = action.message;
  link.querySelector('.card-price').textContent = money(product.price, product.currency);
  link.addEventListener('click', event => clicked(event, link));
  return link;
}

// SHOWN when at least half a card is in the window, once per card per decision: an impression, not a render.
const impressions = new IntersectionObserver(entries => {
  for (const entry of entries) {
    if (entry.isIntersecting) {
      impressions.unobserve(entry.target);
      respond(entry.target, 'SHOWN');
    }
  }
}, { threshold: 0.5 });

async function respond(cardElement, type, options) {
  const { decision, sku } = cardElement.dataset;
  const key = `${decision}:${sku}:${type}`;
  const attribute = type === 'SHOWN' ? 'shown' : 'clicked';
  if (state.responded.has(key)) {
    cardElement.dataset[attribute] = 'recorded';
    return;
  }
  state.responded.add(key);
  try {
    await graphql(RESPOND, { input: { decisionId: decision, sku, type } }, options);
    cardElement.dataset[attribute] = 'recorded';
  } catch (error) {
    state.responded.delete(key);
    status(`Could not record ${type}: ${error.message}`);
  }
}

async function clicked(event, cardElement) {
  event.preventDefault(); // the demo shop's product pages are not served; a real shop lets the link open
  await respond(cardElement, 'CLICKED', { keepalive: true });
  toast(`Clicked ${cardElement.dataset.sku}: a real shop now opens ${cardElement.getAttribute('href')}`);
}

async function renderCards(containerId, placement, context) {
  const container = document.getElementById(containerId);
  const decision = await decisionFor(placement, context);
  container.dataset.decision = decision.id;
  container.replaceChildren(...decision.actions.map(action => card(decision, action)));
  for (const element of container.children) {
    impressions.observe(element);
  }
}

function renderProductPage() {
  const product = SHOP_CATALOG[state.productSku] || { name: state.productSku, price: 0, currency: 'EUR',
    imageUrl: '/images/products/product.svg', description: '' };
  document.getElementById('product-image').src = product.imageUrl;
  document.getElementById('product-image').alt = product.name;
  document.getElementById('product-name').textContent = product.name;
  document.getElementById('product-price').textContent = money(product.price, product.currency);
  document.getElementById('product-description').textContent = product.description;
  const items = state.cart.map(sku => {
    const item = document.createElement('li');
    item.dataset.sku = sku;
    item.textContent = SHOP_CATALOG[sku] ? `${SHOP_CATALOG[sku].name} — ${money(SHOP_CATALOG[sku].price)}` : sku;
    return item;
  });
  document.getElementById('cart-items').replaceChildren(...items);
}

async function render() {
  status('');
  renderProductPage();
  document.body.dataset.rendered = 'false';
  try {
    await Promise.all([
      renderCards('product-cards', 'PRODUCT', { placement: 'PRODUCT', productSku: state.productSku, cartSkus: state.cart }),
      renderCards('cart-cards', 'CART', { placement: 'CART', cartSkus: state.cart }),
    ]);
    document.body.dataset.rendered = 'true';
  } catch (error) {
    document.body.dataset.rendered = 'failed';
    status(error.message);
  }
}

async function addToCart() {
  if (!state.cart.includes(state.productSku)) {
    state.cart.push(state.productSku);
  }
  try {
    await graphql(RECORD_EVENT, { input: { eventId: newId(), type: 'CART_ADD',
      customerId: state.customer ? state.customer.id : state.visitorId, sku: state.productSku } });
  } catch (error) {
    status(`Could not record the cart: ${error.message}`);
  }
  await render();
}

async function logIn(customerId) {
  if (customerId) {
    state.customer = { id: customerId, fromVisitor: state.visitorId };
    state.visitorId = null;
  } else {
    state.customer = null;
    state.visitorId = state.visitorId || anonymousSession(true); // logged out: a new anonymous session
  }
  document.body.dataset.visitor = customerId || state.visitorId;
  await render();
}

async function start() {
  const answer = await fetch(`${EXAMPLE}/config`);
  const config = await answer.json();
  state.storefrontKey = state.storefrontKey || config.storefrontKey;
  const select = document.getElementById('visitor');
  for (const customer of config.customers) {
    const option = new Option(`${customer.label} — ${customer.id}`, customer.id);
    option.disabled = !config.customerTokens;
    select.add(option);
  }
  if (!config.customerTokens) {
    select.title = 'Set CROSSWISE_STOREFRONT_JWT_SECRET to log in as a demo customer';
  }
  if (!state.storefrontKey) {
    status('No storefront key: open this page as /examples/storefront/#key=<your storefront key>');
  }
  select.addEventListener('change', () => logIn(select.value));
  document.getElementById('add-to-cart').addEventListener('click', addToCart);
  document.getElementById('render-again').addEventListener('click', render);
  const customer = params.get('customer');
  if (customer && config.customerTokens) {
    select.value = customer;
  }
  await logIn(select.value);
}

start();
