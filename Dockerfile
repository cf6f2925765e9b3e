# Tandem's API (and the built dashboard, which the reverse proxy serves).
# The Node of both stages: the version of the root package.json's `node` devDependency, the
# runtime of every npm script (tests/e2e/node-runtime.e2e.ts checks that the two agree).
ARG NODE_IMAGE=node:24.21.0-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY tests/package.json tests/
COPY bench/package.json bench/
# Without install scripts the `node` devDependency installs no binary (its preinstall fetches
# one), so the build's npm scripts run on the image's own Node, the same version.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY shared shared
COPY server server
COPY client client
RUN npm run build:product

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY tests/package.json tests/
COPY bench/package.json bench/
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund -w server -w shared \
  && npm cache clean --force
COPY --from=build /app/shared/dist shared/dist
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server/dist/main.js"]
