# Liver Test Guide. Stage 1 builds with the dev dependencies; stage 2 holds only the production install and the build,
# and starts with the same command as App Service and the README (`npm run start:prod`, which never builds).
# The Node major matches infra/versions.json (test/ops/infra.test.ts checks it).
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-bookworm-slim
ENV NODE_ENV=production NO_UPDATE_NOTIFIER=1 NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
COPY public ./public
# The image's own unprivileged user; the service writes nothing to disk.
USER node
EXPOSE 3978
CMD ["npm", "run", "start:prod"]
