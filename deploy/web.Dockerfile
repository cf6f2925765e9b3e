# The reverse proxy with the built dashboard baked in.
# The same Node as the API's image (../Dockerfile): the node devDependency's version.
ARG NODE_IMAGE=node:24.21.0-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY tests/package.json tests/
COPY bench/package.json bench/
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY shared shared
COPY server/schema.graphql server/
COPY client client
RUN npm run build -w shared && npm run build -w client

FROM nginx:1.27-alpine
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/client/dist /usr/share/nginx/html
