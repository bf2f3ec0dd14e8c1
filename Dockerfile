# The app only; Neo4j comes from docker-compose.yml (or NEO4J_URI).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN node scripts/start.js --build-only
ENV PORT=3000 NODE_ENV=production
EXPOSE 3000
CMD ["node", "scripts/start.js"]
