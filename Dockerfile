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
COPY --from=build /src/target/layanan-kecamatan-*.jar /app/layanan-kecamatan.jar
USER layanan
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/layanan-kecamatan.jar"]
