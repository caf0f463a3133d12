# Builds and runs Layanan Kecamatan. Used by docker-compose.yml (app + PostgreSQL + Mailpit).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
COPY letters letters
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home /app layanan && chown layanan /app
COPY --from=build /src/target/layanan-kecamatan-*.jar /tmp/layanan-kecamatan.jar
# Class-data sharing (README, Performance): the jar extracted into plain jars, then one training start that
# refreshes the context and exits, on a throw-away demo H2 database, records the classes it loaded. Every start
# then maps them instead of loading them again (start to ready about 5 s sooner). The archive belongs to this
# image's JVM; another JVM ignores it with a warning and starts as usual.
RUN java -Djarmode=tools -jar /tmp/layanan-kecamatan.jar extract --destination /app \
 && rm /tmp/layanan-kecamatan.jar \
 && mkdir /tmp/training && cd /tmp/training \
 && java -XX:ArchiveClassesAtExit=/app/application.jsa -Dspring.context.exit=onRefresh \
      -jar /app/layanan-kecamatan.jar --server.port=0 \
 && cd / && rm -rf /tmp/training \
 && chown -R layanan /app
USER layanan
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/application.jsa", "-jar", "/app/layanan-kecamatan.jar"]
