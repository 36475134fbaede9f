package com.acme.model;

@javax.persistence.Entity
public class Item {
}
