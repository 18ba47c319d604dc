# The site in a container: nginx serving the built dist/ with the site's security headers.
#   docker build -t rag-or-tune . && docker run --rm -p 8080:8080 rag-or-tune
# then open http://localhost:8080/. Pass --build-arg SITE_URL=https://your.host/path/ to make
# the link-preview image URL absolute.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG SITE_URL=""
RUN SITE_URL="$SITE_URL" npm run build && npm run budget

FROM nginx:1.28-alpine
COPY deploy/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /app/dist /usr/share/nginx/html
USER nginx
EXPOSE 8080
CMD ["nginx", "-g", "daemon off;"]
