# Builds and runs Thi đua; used by docker-compose.yml with the "postgres" profile.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN mvn -B -ntp -q package -DskipTests

FROM eclipse-temurin:17-jre
ENV TZ=Asia/Ho_Chi_Minh
WORKDIR /app
COPY --from=build /src/target/thi-dua-*.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-Duser.timezone=Asia/Ho_Chi_Minh", "-jar", "/app/app.jar"]
