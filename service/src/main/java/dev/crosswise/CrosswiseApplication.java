package dev.crosswise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CrosswiseApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrosswiseApplication.class, args);
    }
}
