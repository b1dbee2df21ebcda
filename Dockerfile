# An image for GitLab's `image:` (or any CI): Node 24 and modelgate's committed bundle, nothing fetched at run time.
#   docker build -t modelgate:0.1.0 .
#   # .gitlab-ci.yml: include a component with `image: modelgate:0.1.0` and `cli: modelgate`
FROM node:24-bookworm-slim
# curl for the jobs' own use (uploads, webhooks); modelgate itself needs nothing but Node.
RUN apt-get update \
  && apt-get install -y --no-install-recommends curl ca-certificates \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/modelgate
COPY package.json LICENSE ./
COPY bin ./bin
COPY dist ./dist
RUN ln -s /opt/modelgate/bin/modelgate.js /usr/local/bin/modelgate && modelgate --version
WORKDIR /builds
